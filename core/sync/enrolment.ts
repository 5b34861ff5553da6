import { checkServerAddress, EnrolmentCode, SYNC_PROTOCOL_VERSION, type EnrolRequest, type EnrolResponse } from '../../contract/sync';
import type { Db } from '../storage/database';
import { endpoint, postJson, SyncFailure, type Fetch } from './transport';
import { pointIdentity } from './identity';
import { saveEnrolment } from './state';

/**
 * Exchanges the one-time enrolment code (issued by the province's dashboard) for the point's
 * token, registering the point's id and public key. Staff type the server's address and the code.
 */
export async function enrolPoint(
  db: Db,
  input: { serverUrl: string; enrolmentCode: string; fetch?: Fetch; appVersion?: string; timeoutMs?: number },
): Promise<EnrolResponse> {
  // https, or http to this PC only (contract/sync.ts checkServerAddress): the token must never cross a network in the clear.
  const address = checkServerAddress(input.serverUrl);
  if (!address.ok) throw new SyncFailure('sync.error.invalid_request', false);
  const code = EnrolmentCode.safeParse(input.enrolmentCode);
  if (!code.success) throw new SyncFailure('sync.error.enrolment_code_invalid', false);
  const identity = pointIdentity(db);
  const request: EnrolRequest = {
    protocol: SYNC_PROTOCOL_VERSION,
    enrolmentCode: code.data,
    pointId: identity.pointId,
    publicKey: identity.publicKey,
    ...(input.appVersion ? { appVersion: input.appVersion } : {}),
  };
  const serverUrl = address.url;
  const answer = await postJson<EnrolResponse>(input.fetch ?? fetch, endpoint(serverUrl, 'api/v1/enrol'), request, { timeoutMs: input.timeoutMs ?? 30_000 });
  saveEnrolment(db, { serverUrl, token: answer.token, pointCode: answer.pointCode, provinceCode: answer.provinceCode, communeCode: answer.communeCode, label: answer.label }, new Date().toISOString());
  return answer;
}

// TEMP STUB
import { create } from 'zustand';
import type { HelpPointClient } from '../platform/client';
export const VOLUME_STEPS = 5;
export type VoiceSource = 'clip' | 'platform' | 'host' | 'none';
interface S { speaking: boolean; source: VoiceSource | null; noVoice: boolean; volumeStep: number; attach(c: HelpPointClient): void; speak(r: { text: string; lang: 'vi' | 'en'; clipUrl?: string | null }): Promise<VoiceSource>; stop(): void; volumeUp(): void; volumeDown(): void; reset(): void }
export const useSpeech = create<S>()(() => ({ speaking: false, source: null, noVoice: false, volumeStep: 3, attach() {}, speak: async () => 'none', stop() {}, volumeUp() {}, volumeDown() {}, reset() {} }));

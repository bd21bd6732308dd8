// Channels and languages in words ("Email, Status page"), from the plan's catalogue.
import type { TFunction } from 'i18next';

export function channelName(t: TFunction, channel: string): string {
  return t(`plan.channel.${channel}`, { defaultValue: channel });
}

export function channelList(t: TFunction, channels: readonly string[]): string {
  return channels.map((c) => channelName(t, c)).join(', ');
}

export function languageList(t: TFunction, languages: readonly string[]): string {
  return languages.map((l) => t(`language.${l}`, { defaultValue: l })).join(', ');
}

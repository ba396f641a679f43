import type * as z from 'zod/mini';
import type {
  audienceSchema,
  campaignSchema,
  channelSchema,
  helplineSchema,
  initiativeSchema,
  localizedShortSchema,
  meldpuntSchema,
  openingWindowSchema,
  partnerSchema,
  routeSchema,
} from './schema.js';

// Types only: importing this file never pulls zod into the first-render bundle.
export type LocalizedText = z.infer<typeof localizedShortSchema>;
export type Audience = z.infer<typeof audienceSchema>;
export type Route = z.infer<typeof routeSchema>;
export type Channel = z.infer<typeof channelSchema>;
export type OpeningWindow = z.infer<typeof openingWindowSchema>;
export type Helpline = z.infer<typeof helplineSchema>;
export type Initiative = z.infer<typeof initiativeSchema>;
export type Meldpunt = z.infer<typeof meldpuntSchema>;
export type Partner = z.infer<typeof partnerSchema>;
export type Campaign = z.infer<typeof campaignSchema>;

/** Where an item's facts come from, and when (see the schema's provenance fields). */
export interface Provenance {
  readonly source: string;
  readonly sourceUrl?: string | undefined;
  readonly sourceDate?: string | undefined;
  readonly checked?: string | undefined;
}

export interface Content {
  version: string;
  updated: string;
  helplines: Helpline[];
  initiatives: Initiative[];
  meldpunt: Meldpunt;
  partners: Partner[];
  campaigns: Campaign[];
}

export const AUDIENCES: readonly Audience[] = ['everyone', 'youth', 'seniors', 'carers'];
export const ROUTES: readonly Route[] = ['self', 'other'];

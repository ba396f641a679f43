import { CONTENT_TYPES } from './answer.mjs';

/**
 * Open311 Service Discovery (wiki.open311.org/Service_Discovery): where the GeoReport v2
 * endpoint is and which formats it speaks. The endpoint's URL is the receiver's public
 * address (RECEIVER_PUBLIC_URL) or, without one, the address the request came to.
 * `contact` and `key_service` come from the configuration only: this code never makes up
 * an address or a number.
 */

export const SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';
/** When the service list or its definition last changed (clients refresh their cache after it). */
export const CHANGESET = '2026-12-02T00:00:00Z';

/**
 * @param {{ baseUrl: string, contact: string | null, keyService: string | null, keysRequired: boolean }} setting
 */
export function discovery({ baseUrl, contact, keyService, keysRequired }) {
  return {
    changeset: CHANGESET,
    contact: contact ?? '',
    key_service: keyService ?? (keysRequired ? 'POST /requests and GET status need an api_key; the city gives partners one.' : 'No api_key is needed.'),
    endpoints: [
      {
        specification: SPECIFICATION,
        url: baseUrl,
        changeset: CHANGESET,
        type: 'production',
        formats: [CONTENT_TYPES.xml.split(';')[0], CONTENT_TYPES.json.split(';')[0]],
      },
    ],
  };
}

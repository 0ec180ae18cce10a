// GET a network's join link as a QR code (SVG), for posters, slides and the screen at a meeting.
import { NETWORK_PATHS, joinQrResponseSchema, type JoinQrResponse } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export const getJoinQr = (networkId: string): Promise<JoinQrResponse> => apiRequest(NETWORK_PATHS.joinQr(networkId), joinQrResponseSchema);

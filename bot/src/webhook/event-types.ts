// The slice of LINE's webhook event shape the handlers read; every field is optional on the wire.
export interface LineSource {
  type: 'user' | 'group' | 'room' | string;
  userId?: string;
  groupId?: string;
  roomId?: string;
}

export interface LineEvent {
  type: string;
  mode?: 'active' | 'standby';
  timestamp?: number;
  webhookEventId?: string;
  replyToken?: string;
  source?: LineSource;
  deliveryContext?: { isRedelivery?: boolean };
  message?: {
    type: string;
    id?: string;
    text?: string;
    mention?: { mentionees?: Array<{ isSelf?: boolean; type?: string }> };
  };
  postback?: { data?: string; params?: Record<string, string> };
  follow?: { isUnblocked?: boolean };
}

/** The user id of a one-to-one chat, or null for groups, rooms and events without a user. */
export const oneToOneUser = (e: LineEvent): string | null => (e.source?.type === 'user' && e.source.userId ? e.source.userId : null);

/**
 * Typed wire messages of /api/live (server: io.callcenter.live.wire; protocol in
 * io/callcenter/live/package-info.java). Field names are exactly the server's JSON.
 */

export type ConnectionState = 'CONNECTING' | 'CONNECTED' | 'DISCONNECTED' | 'REPLACED' | 'CLOSED';

export interface Party { name: string | null; number: string | null }

export interface DialplanLocation {
  context: string | null; exten: string | null; priority: number | null;
  appName: string | null; appData: string | null;
}

export interface ChannelView {
  asteriskId: string; id: string; name: string; state: string;
  caller: Party | null; connected: Party | null; dialplan: DialplanLocation | null;
  bridgeId: string | null; stasisApp: string | null; stasisArgs: string[]; dialStatus: string | null;
  hangupCause: number | null; created: string | null; answered: string | null;
}

export interface BridgeView {
  asteriskId: string; id: string; technology: string | null; bridgeType: string | null;
  bridgeClass: string | null; creator: string | null; name: string | null; channelIds: string[]; created: string | null;
}

export interface EndpointView {
  asteriskId: string; technology: string; resource: string; state: string | null;
  channelIds: string[]; peerStatus: string | null;
}

export interface DeviceStateView { asteriskId: string; name: string; state: string }

export interface ServerSnapshot {
  asteriskId: string; server: string; connection: ConnectionState;
  channels: ChannelView[]; bridges: BridgeView[]; endpoints: EndpointView[]; deviceStates: DeviceStateView[];
}

export type KnownDelta =
  | { kind: 'channelUpsert'; asteriskId: string; channel: ChannelView }
  | { kind: 'channelRemove'; asteriskId: string; channelId: string; reason: string; cause: number | null; causeTxt: string | null }
  | { kind: 'bridgeUpsert'; asteriskId: string; bridge: BridgeView }
  | { kind: 'bridgeRemove'; asteriskId: string; bridgeId: string; reason: string }
  | { kind: 'endpointUpsert'; asteriskId: string; endpoint: EndpointView }
  | { kind: 'deviceStateUpsert'; asteriskId: string; deviceState: DeviceStateView }
  | { kind: 'resynced'; asteriskId: string; server: string; takenAt: string };

/** Kinds this client does not know arrive too: ignored, but their seq still counts. */
export type Delta = KnownDelta | { kind: string; asteriskId?: string };

export interface SnapshotMessage {
  type: 'snapshot'; seq: number; at: string; heartbeatMs: number; idleTimeoutMs: number; servers: ServerSnapshot[];
}
export interface DeltaMessage { type: 'delta'; seq: number; change: Delta }
/** Several deltas in one frame: changes[i] has seq first + i. */
export interface DeltasMessage { type: 'deltas'; first: number; changes: Delta[] }
export interface HeartbeatMessage { type: 'heartbeat'; seq: number; at: string }
export interface PongMessage { type: 'pong'; id: string | null; seq: number }
export interface ErrorMessage { type: 'error'; reason: string }

export type ServerMessage = SnapshotMessage | DeltaMessage | DeltasMessage | HeartbeatMessage | PongMessage | ErrorMessage;

export type ClientMessage = { type: 'resync' } | { type: 'ping'; id?: string };

/** Close codes the server uses; these two mean "reconnect and take a fresh snapshot". */
export const CLOSE_TOO_SLOW = 4008;
export const CLOSE_IDLE = 4001;
/** The login session ended (logout elsewhere, expiry, account disabled): reconnecting cannot help. */
export const CLOSE_SESSION_ENDED = 4003;

/** Parses one text frame; null for anything that is not a JSON object with a string `type`. */
export function parseServerMessage(text: string): ServerMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || typeof (value as { type?: unknown }).type !== 'string') {
    return null;
  }
  return value as ServerMessage;
}

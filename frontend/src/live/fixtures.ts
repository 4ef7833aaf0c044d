import type { ChannelView, SnapshotMessage } from './messages';

/** Test data shaped like the server's JSON (used by the unit tests only). */
export function channel(id: string, state = 'Ring', extra: Partial<ChannelView> = {}): ChannelView {
  return {
    asteriskId: 'ast-1', id, name: `PJSIP/trunk-${id}`, state, caller: { name: 'Alice', number: '555' },
    connected: null, dialplan: { context: 'inbound', exten: '5000', priority: 1, appName: 'Stasis', appData: 'callcenter' },
    bridgeId: null, stasisApp: 'callcenter', stasisArgs: [], dialStatus: null, hangupCause: null,
    created: '2026-01-01T10:00:00Z', answered: null, ...extra,
  };
}

export function snapshot(channels: ChannelView[] = [channel('c1')]): SnapshotMessage {
  return {
    type: 'snapshot', seq: 0, at: '2026-01-01T10:00:01Z', heartbeatMs: 1000, idleTimeoutMs: 9000,
    servers: [{
      asteriskId: 'ast-1', server: 'main', connection: 'CONNECTED', channels,
      bridges: [{ asteriskId: 'ast-1', id: 'b1', technology: 'simple_bridge', bridgeType: 'mixing', bridgeClass: 'stasis', creator: 'x', name: 'conf', channelIds: ['c1'], created: null }],
      endpoints: [{ asteriskId: 'ast-1', technology: 'PJSIP', resource: '1001', state: 'online', channelIds: [], peerStatus: 'Reachable' }],
      deviceStates: [{ asteriskId: 'ast-1', name: 'Stasis:agent-1', state: 'NOT_INUSE' }],
    }],
  };
}

/** A fetch Response with this status and body text (for Api tests with a fake fetch). */
export function respond(status: number, body: string, extra: Partial<Response> = {}): Response {
  return { status, ok: status >= 200 && status < 300, redirected: false, url: '', text: async () => body, ...extra } as Response;
}

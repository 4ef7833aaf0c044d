import type { AgentLive } from '../live';

/** The ACD agent states (io.callcenter.acd.agent.AgentState). */
export type AgentStateName = 'LOGGED_OUT' | 'READY' | 'RESERVED' | 'ON_CALL' | 'WRAP_UP' | 'PAUSED';

/** GET/POST /api/acd/agents/{username}: the live delta's fields plus two the REST view adds. */
export interface AgentView extends AgentLive {
  nextReason?: string | null;
  missedInRow?: number;
}

/** A state button of the desktop; each maps to one call of the agent-state API. */
export type StateAction = 'login' | 'ready' | 'pause' | 'logout' | 'nextStatus' | 'endWrapUp';

/**
 * Which state buttons apply in a state. Pause and logout while busy are not offered as such: the API turns them
 * into the next status, so the desktop offers "after this call" instead and says what it will do.
 */
export function stateActions(state: string | null | undefined): StateAction[] {
  switch (state) {
    case 'LOGGED_OUT': return ['login'];
    case 'READY': return ['pause', 'logout'];
    case 'PAUSED': return ['ready', 'pause', 'logout'];
    case 'RESERVED':
    case 'ON_CALL': return ['nextStatus'];
    case 'WRAP_UP': return ['endWrapUp', 'nextStatus'];
    default: return [];
  }
}

const LABELS: Record<AgentStateName, string> = {
  LOGGED_OUT: 'Logged out', READY: 'Ready', RESERVED: 'Ringing', ON_CALL: 'On call', WRAP_UP: 'Wrap-up', PAUSED: 'Paused',
};

export function stateLabel(state: string | null | undefined): string {
  return (state && LABELS[state as AgentStateName]) ?? (state ?? 'Unknown');
}

/** The shared colour class of an agent state (styles.css `.agent-state.st-*`, the same in the supervisor views). */
export function stateClass(state: string | null | undefined): string {
  return `agent-state st-${(state ?? 'unknown').toLowerCase().replace(/_/g, '-')}`;
}

/** "After this call: Paused (lunch)" — null when the agent simply becomes ready again. */
export function nextStatusText(view: Pick<AgentView, 'nextState' | 'nextReason'>, reasonLabel: (code: string) => string = (c) => c): string | null {
  if (!view.nextState || view.nextState === 'READY') {
    return null;
  }
  const why = view.nextState === 'PAUSED' && view.nextReason ? ` (${reasonLabel(view.nextReason)})` : '';
  return `After this call: ${stateLabel(view.nextState)}${why}`;
}

/** The call id of the live view is "<asterisk id>:<caller channel id>"; asterisk ids contain colons themselves. */
export function splitCallId(callId: string | null | undefined): { asteriskId: string; channelId: string } | null {
  if (!callId) {
    return null;
  }
  const at = callId.lastIndexOf(':');
  return at <= 0 || at === callId.length - 1 ? null : { asteriskId: callId.slice(0, at), channelId: callId.slice(at + 1) };
}

/**
 * Merges what the REST answer and the live feed say about the agent: the newer `since` wins (a command's answer may
 * overtake or trail the delta of the same change); fields only REST has are kept from the last REST answer.
 */
export function mergeAgent(current: AgentView | null, incoming: AgentView): AgentView {
  if (!current || current.username !== incoming.username) {
    return incoming;
  }
  const older = (Date.parse(incoming.since ?? '') || 0) < (Date.parse(current.since ?? '') || 0);
  if (older) {
    return current;
  }
  return {
    ...incoming,
    nextReason: incoming.nextReason !== undefined ? incoming.nextReason : current.nextReason,
    missedInRow: incoming.missedInRow ?? current.missedInRow,
  };
}

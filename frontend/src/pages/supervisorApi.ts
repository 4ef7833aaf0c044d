import type { Api, Broadcast, MonitorLive, Party, WaitingCaller } from '../live';

/** GET /api/supervise (CONSOLE_API.md, "Supervisor"). */
export interface SupervisorView {
  queues: string[];
  agents: AgentRow[];
  waiting: Array<{ queue: string; callers: WaitingCaller[] }>;
  pauseReasons: Array<{ code: string; label: string }>;
  monitors: MonitorLive[];
  broadcasts: Broadcast[];
}

export interface Membership { queue: string; penalty: number; supervised: boolean }

export interface AgentRow {
  username: string; endpoint: string | null; state: string; since: string | null; reason: string | null;
  nextState: string | null; loggedIn: string[]; memberships: Membership[]; callId: string | null; queue: string | null;
  caller: Party | null; wrapUpUntil: string | null;
}

const enc = encodeURIComponent;

/** The REST calls behind the supervisor page's buttons. */
export const supervise = {
  view: (api: Api) => api.get<SupervisorView>('/api/supervise'),
  monitor: (api: Api, agent: string, mode: string, endpoint: string) =>
    api.post<MonitorLive>('/api/supervise/monitors', endpoint ? { agent, mode, endpoint } : { agent, mode }),
  switchMode: (api: Api, id: string, mode: string) => api.put<MonitorLive>(`/api/supervise/monitors/${enc(id)}`, { mode }),
  stop: (api: Api, id: string) => api.delete<MonitorLive>(`/api/supervise/monitors/${enc(id)}`),
  pause: (api: Api, agent: string, reason: string) => api.post<unknown>(`/api/acd/agents/${enc(agent)}/pause`, { reason }),
  ready: (api: Api, agent: string) => api.post<unknown>(`/api/acd/agents/${enc(agent)}/ready`),
  logout: (api: Api, agent: string) => api.post<unknown>(`/api/acd/agents/${enc(agent)}/logout`),
  setPenalty: (api: Api, agent: string, queue: string, penalty: number) =>
    api.put<unknown>(`/api/admin/acd/agents/${enc(agent)}/memberships/${enc(queue)}`, { penalty }),
  removeMembership: (api: Api, agent: string, queue: string) =>
    api.delete<unknown>(`/api/admin/acd/agents/${enc(agent)}/memberships/${enc(queue)}`),
  broadcast: (api: Api, text: string, queues: string[]) => api.post<Broadcast>('/api/supervise/broadcasts', { text, queues }),
};

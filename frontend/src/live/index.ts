/** The one client module every page uses: live websocket, snapshot + delta store, and the REST helper. */
export * from './messages';
export * from './store';
export * from './connection';
export * from './backoff';
export * from './api';
export * from './acd';

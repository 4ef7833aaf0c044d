/**
 * ACD configuration, write side: the admin JSON API under {@code /api/admin/acd} (queues, business hours, agents'
 * memberships and skills, pause reasons), its services and the demo seed.
 *
 * <p>Resources are thin; each {@code XxxService} is {@code @Transactional}, checks its input into one 400 problem
 * naming every wrong field ({@link io.callcenter.acd.admin.FieldErrors}), answers 404 for unknown names and 409 for
 * conflicts (name exists, DID routed elsewhere, queue or business hours still referenced), audits every change
 * ({@link io.callcenter.acd.admin.AcdAuditActions}) and marks the directory for reload after commit.
 *
 * <p>Admins may do everything. Supervisors may read the queues they supervise and the agents in them, and add,
 * re-penalize or remove single memberships of those queues.
 */
package io.callcenter.acd.admin;

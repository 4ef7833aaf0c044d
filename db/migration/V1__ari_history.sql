-- History of what the ARI connections observed: the raw event log plus lifecycle tables built
-- from the same ordered stream. Every key carries the Asterisk entity id (several servers are normal).
-- Times are timestamptz. Everything here is written by io.callcenter.mirror.history.HistoryWriter.

-- Append-only raw log, one partition per day (created ahead by the writer); the default partition
-- catches whatever arrives for a day without a partition, so nothing is ever refused.
CREATE SEQUENCE ari_event_id_seq;

CREATE TABLE ari_event (
    id          bigint      NOT NULL DEFAULT nextval('ari_event_id_seq'),
    event_time  timestamptz NOT NULL,          -- Asterisk's timestamp, else when we received it
    received_at timestamptz NOT NULL,
    dedupe_key  uuid        NOT NULL,          -- first 128 bits of sha-256(asterisk_id, raw payload)
    asterisk_id text        NOT NULL,
    server      text,
    application text,
    type        text        NOT NULL,
    channel_id  text,
    bridge_id   text,
    sequence    bigint,                        -- arrival number on its connection
    payload     jsonb       NOT NULL,
    CONSTRAINT ari_event_dedupe UNIQUE (dedupe_key, event_time)
) PARTITION BY RANGE (event_time);

CREATE TABLE ari_event_default PARTITION OF ari_event DEFAULT;

CREATE INDEX ari_event_channel_idx ON ari_event (asterisk_id, channel_id, event_time) WHERE channel_id IS NOT NULL;
CREATE INDEX ari_event_bridge_idx ON ari_event (asterisk_id, bridge_id, event_time) WHERE bridge_id IS NOT NULL;

-- One row per channel ever seen.
CREATE TABLE channel_history (
    asterisk_id       text NOT NULL,
    channel_id        text NOT NULL,
    name              text,
    caller_name       text,
    caller_number     text,
    connected_name    text,
    connected_number  text,
    context           text,                    -- dialplan location when first seen
    exten             text,
    priority          bigint,
    created           timestamptz,
    answered          timestamptz,             -- first time seen Up
    destroyed         timestamptz,
    cause             integer,                 -- Q.850 cause of ChannelDestroyed
    cause_txt         text,
    hangup_cause      integer,                 -- cause of the last hard (non-soft) hangup request
    hangup_tech_cause integer,                 -- e.g. the SIP status
    last_state        text,
    close_reason      text,                    -- 'destroyed', 'vanished while disconnected'
    updated_at        timestamptz,
    PRIMARY KEY (asterisk_id, channel_id)
);
CREATE INDEX channel_history_created_idx ON channel_history (created);
CREATE INDEX channel_history_open_idx ON channel_history (asterisk_id) WHERE destroyed IS NULL;

-- One row per bridge ever seen.
CREATE TABLE bridge_history (
    asterisk_id  text NOT NULL,
    bridge_id    text NOT NULL,
    bridge_type  text,
    bridge_class text,
    technology   text,
    name         text,
    creator      text,
    created      timestamptz,
    destroyed    timestamptz,
    close_reason text,                          -- 'destroyed', 'merged into <id>', 'vanished while disconnected'
    updated_at   timestamptz,
    PRIMARY KEY (asterisk_id, bridge_id)
);
CREATE INDEX bridge_history_created_idx ON bridge_history (created);
CREATE INDEX bridge_history_open_idx ON bridge_history (asterisk_id) WHERE destroyed IS NULL;

-- Who was in which bridge when: one row per stay.
CREATE TABLE bridge_membership (
    asterisk_id  text        NOT NULL,
    bridge_id    text        NOT NULL,
    channel_id   text        NOT NULL,
    entered_at   timestamptz NOT NULL,
    left_at      timestamptz,
    close_reason text,                          -- null when left normally
    PRIMARY KEY (asterisk_id, bridge_id, channel_id, entered_at)
);
CREATE INDEX bridge_membership_channel_idx ON bridge_membership (asterisk_id, channel_id);
CREATE INDEX bridge_membership_open_idx ON bridge_membership (asterisk_id) WHERE left_at IS NULL;

CREATE TABLE endpoint_state_change (
    asterisk_id text        NOT NULL,
    technology  text        NOT NULL,
    resource    text        NOT NULL,
    state       text        NOT NULL,
    at          timestamptz NOT NULL,
    PRIMARY KEY (asterisk_id, technology, resource, at, state)
);

CREATE TABLE device_state_change (
    asterisk_id text        NOT NULL,
    name        text        NOT NULL,
    state       text        NOT NULL,
    at          timestamptz NOT NULL,
    PRIMARY KEY (asterisk_id, name, at, state)
);

-- SPDX-FileCopyrightText: 2026 CX Atlas contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Team workspaces (issue 15), migration 1. Run by `cxatlas server migrate URL` as a role that
-- may create schemas and roles (the database's owner); it then owns these tables and is the
-- only role that bypasses row-level security. People get in by membership, per workspace.
--
-- The workspace model is the file's, one row per record: `record.data` is the record encoded
-- by NodeCodec (core/server/nodecodec.h), with kind and title beside it for people reading the
-- database. One generic table rather than one per kind keeps the optimistic check one
-- comparison (sha256 of the stored bytes against the edit's "before") and lets the file format
-- grow without a server migration for every new field.

CREATE SCHEMA cxatlas;

-- Everyone who uses CX Atlas on this server: `GRANT cxatlas_user TO alice;`. Roles belong to
-- the cluster, so a second database on the same server reuses the role.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cxatlas_user') THEN
        CREATE ROLE cxatlas_user NOLOGIN;
    END IF;
END
$$;

CREATE TABLE cxatlas.workspace (
    id uuid PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    created timestamptz NOT NULL DEFAULT now(),
    created_by name NOT NULL DEFAULT current_user,
    -- The last change set's number. Every writer takes this row's lock first, so change sets
    -- commit in the order of their numbers and a reader that has seen n has seen all before.
    seq bigint NOT NULL DEFAULT 0
);

CREATE TABLE cxatlas.member (
    workspace uuid NOT NULL REFERENCES cxatlas.workspace ON DELETE CASCADE,
    role_name name NOT NULL,
    access text NOT NULL CHECK (access IN ('viewer', 'editor', 'owner')),
    PRIMARY KEY (workspace, role_name)
);

-- A removed record keeps its row with data NULL, so a conflict can say who removed it and when.
CREATE TABLE cxatlas.record (
    workspace uuid NOT NULL REFERENCES cxatlas.workspace ON DELETE CASCADE,
    uid uuid NOT NULL,
    kind text NOT NULL,
    title text NOT NULL DEFAULT '',
    data bytea,
    -- The records this one needs (referencesOf in core/model/node.h): a change set may not add
    -- a record whose references someone removed, nor remove one that someone's new record needs.
    refs uuid[] NOT NULL DEFAULT '{}',
    -- Where it stands among its siblings (RecordColumns in core/server): the positions of a
    -- cell's cards, a journey's stages, lanes or parking lot stay 0 … n-1 when two people
    -- insert or move there at once.
    parent text,
    position integer,
    changed_by name NOT NULL DEFAULT current_user,
    changed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace, uid)
);
CREATE INDEX record_refs ON cxatlas.record USING gin (refs);
CREATE INDEX record_parent ON cxatlas.record (workspace, parent) WHERE data IS NOT NULL;

CREATE TABLE cxatlas.link (
    workspace uuid NOT NULL REFERENCES cxatlas.workspace ON DELETE CASCADE,
    from_uid uuid NOT NULL,
    relation text NOT NULL,
    to_uid uuid NOT NULL,
    present boolean NOT NULL DEFAULT true,
    changed_by name NOT NULL DEFAULT current_user,
    changed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace, from_uid, relation, to_uid)
);

-- Every change set, in commit order per workspace: what other windows apply to catch up.
CREATE TABLE cxatlas.change (
    workspace uuid NOT NULL REFERENCES cxatlas.workspace ON DELETE CASCADE,
    seq bigint NOT NULL,
    id uuid NOT NULL UNIQUE,
    author name NOT NULL DEFAULT current_user,
    at timestamptz NOT NULL DEFAULT now(),
    session uuid NOT NULL,
    summary text NOT NULL DEFAULT '',
    data bytea NOT NULL,
    PRIMARY KEY (workspace, seq)
);

-- Who has a workspace open, and where. A row counts while its backend is connected
-- (pg_stat_activity) and has been seen recently; a crashed window's row is ignored at once.
CREATE TABLE cxatlas.presence (
    session uuid PRIMARY KEY,
    workspace uuid NOT NULL REFERENCES cxatlas.workspace ON DELETE CASCADE,
    role_name name NOT NULL DEFAULT current_user,
    display_name text NOT NULL DEFAULT '' CHECK (length(display_name) <= 100),
    pid integer NOT NULL DEFAULT pg_backend_pid(),
    journey uuid,
    card uuid,
    seen timestamptz NOT NULL DEFAULT now()
);

-- The caller's access to a workspace, or NULL. SECURITY DEFINER so that policies may read
-- memberships the caller's own policies would hide.
CREATE FUNCTION cxatlas.access(ws uuid, who name) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cxatlas, pg_temp
    AS $$ SELECT access FROM cxatlas.member WHERE workspace = ws AND role_name = who $$;

CREATE FUNCTION cxatlas.can_write(ws uuid, who name) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cxatlas, pg_temp
    AS $$ SELECT coalesce(cxatlas.access(ws, who) IN ('editor', 'owner'), false) $$;

CREATE FUNCTION cxatlas.created_by(ws uuid) RETURNS name
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cxatlas, pg_temp
    AS $$ SELECT created_by FROM cxatlas.workspace WHERE id = ws $$;

-- Row-level security hides rows silently from a DELETE it does not allow; a viewer's write must
-- fail loudly instead, so writes also pass this trigger.
CREATE FUNCTION cxatlas.require_write() RETURNS trigger
    LANGUAGE plpgsql SET search_path = cxatlas, pg_temp
    AS $$
BEGIN
    IF NOT cxatlas.can_write(CASE WHEN TG_OP = 'DELETE' THEN OLD.workspace ELSE NEW.workspace END,
                             current_user)
       AND current_user <> (SELECT tableowner FROM pg_tables
                            WHERE schemaname = 'cxatlas' AND tablename = TG_TABLE_NAME) THEN
        RAISE EXCEPTION 'permission denied: % may only read this workspace', current_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

CREATE TRIGGER record_write BEFORE INSERT OR UPDATE OR DELETE ON cxatlas.record
    FOR EACH ROW EXECUTE FUNCTION cxatlas.require_write();
CREATE TRIGGER link_write BEFORE INSERT OR UPDATE OR DELETE ON cxatlas.link
    FOR EACH ROW EXECUTE FUNCTION cxatlas.require_write();
CREATE TRIGGER change_write BEFORE INSERT OR UPDATE OR DELETE ON cxatlas.change
    FOR EACH ROW EXECUTE FUNCTION cxatlas.require_write();

ALTER TABLE cxatlas.workspace ENABLE ROW LEVEL SECURITY;
ALTER TABLE cxatlas.member ENABLE ROW LEVEL SECURITY;
ALTER TABLE cxatlas.record ENABLE ROW LEVEL SECURITY;
ALTER TABLE cxatlas.link ENABLE ROW LEVEL SECURITY;
ALTER TABLE cxatlas.change ENABLE ROW LEVEL SECURITY;
ALTER TABLE cxatlas.presence ENABLE ROW LEVEL SECURITY;

-- Workspaces: members see theirs; anyone may create one (and becomes its owner); editors
-- advance the sequence; owners delete.
CREATE POLICY workspace_read ON cxatlas.workspace FOR SELECT
    USING (cxatlas.access(id, current_user) IS NOT NULL OR created_by = current_user);
CREATE POLICY workspace_create ON cxatlas.workspace FOR INSERT
    WITH CHECK (created_by = current_user);
CREATE POLICY workspace_advance ON cxatlas.workspace FOR UPDATE
    USING (cxatlas.access(id, current_user) IS NOT NULL)
    WITH CHECK (cxatlas.can_write(id, current_user));
CREATE POLICY workspace_delete ON cxatlas.workspace FOR DELETE
    USING (cxatlas.access(id, current_user) = 'owner');

-- Members: seen by members; managed by owners; the creator adds itself as the first owner.
CREATE POLICY member_read ON cxatlas.member FOR SELECT
    USING (cxatlas.access(workspace, current_user) IS NOT NULL);
CREATE POLICY member_manage ON cxatlas.member FOR ALL
    USING (cxatlas.access(workspace, current_user) = 'owner')
    WITH CHECK (cxatlas.access(workspace, current_user) = 'owner'
                OR (role_name = current_user AND access = 'owner'
                    AND cxatlas.created_by(workspace) = current_user));

-- Records, links and the change log: members read; editors and owners write (the trigger
-- makes a viewer's write an error rather than a silent no-op).
CREATE POLICY record_read ON cxatlas.record FOR SELECT
    USING (cxatlas.access(workspace, current_user) IS NOT NULL);
CREATE POLICY record_insert ON cxatlas.record FOR INSERT
    WITH CHECK (cxatlas.can_write(workspace, current_user));
CREATE POLICY record_update ON cxatlas.record FOR UPDATE
    USING (cxatlas.access(workspace, current_user) IS NOT NULL)
    WITH CHECK (cxatlas.can_write(workspace, current_user));
CREATE POLICY record_delete ON cxatlas.record FOR DELETE
    USING (cxatlas.access(workspace, current_user) IS NOT NULL);

CREATE POLICY link_read ON cxatlas.link FOR SELECT
    USING (cxatlas.access(workspace, current_user) IS NOT NULL);
CREATE POLICY link_insert ON cxatlas.link FOR INSERT
    WITH CHECK (cxatlas.can_write(workspace, current_user));
CREATE POLICY link_update ON cxatlas.link FOR UPDATE
    USING (cxatlas.access(workspace, current_user) IS NOT NULL)
    WITH CHECK (cxatlas.can_write(workspace, current_user));
CREATE POLICY link_delete ON cxatlas.link FOR DELETE
    USING (cxatlas.access(workspace, current_user) IS NOT NULL);

CREATE POLICY change_read ON cxatlas.change FOR SELECT
    USING (cxatlas.access(workspace, current_user) IS NOT NULL);
CREATE POLICY change_insert ON cxatlas.change FOR INSERT
    WITH CHECK (cxatlas.can_write(workspace, current_user) AND author = current_user);

-- Presence: members see each other; each writes only its own rows.
CREATE POLICY presence_read ON cxatlas.presence FOR SELECT
    USING (cxatlas.access(workspace, current_user) IS NOT NULL);
CREATE POLICY presence_own ON cxatlas.presence FOR ALL
    USING (role_name = current_user)
    WITH CHECK (role_name = current_user AND cxatlas.access(workspace, current_user) IS NOT NULL);

GRANT USAGE ON SCHEMA cxatlas TO cxatlas_user;
GRANT SELECT, INSERT, DELETE ON cxatlas.workspace TO cxatlas_user;
GRANT UPDATE (seq) ON cxatlas.workspace TO cxatlas_user;
GRANT SELECT, INSERT, UPDATE, DELETE ON cxatlas.member, cxatlas.record, cxatlas.link,
    cxatlas.presence TO cxatlas_user;
GRANT SELECT, INSERT ON cxatlas.change TO cxatlas_user;
REVOKE ALL ON FUNCTION cxatlas.access(uuid, name), cxatlas.can_write(uuid, name),
    cxatlas.created_by(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cxatlas.access(uuid, name), cxatlas.can_write(uuid, name),
    cxatlas.created_by(uuid) TO cxatlas_user;

# METADATA
# title: Shared helpers of the default policy library
# description: Lookups over the input document that every rule family uses.
package access.lib

# Grants that this change adds or modifies: the ones a pull request asks reviewers about.
changed_ids contains id if some id in input.changes.added

changed_ids contains id if some id in input.changes.modified

changed_grants contains g if {
	some g in input.grants
	g.id in changed_ids
}

# Grants asked for now: what a change adds or modifies. When the repository is judged as a
# whole (input.judging == "repository") nothing is being asked for: every grant stands as
# it was merged, so rules about the moment of asking (already expired, overdue rotation)
# only warn about what stands.
requested_grants contains g if {
	object.get(input, "judging", "change") != "repository"
	some g in changed_grants
}

standing_grants contains g if {
	some g in input.grants
	not g in requested_grants
}

grant_by_id[g.id] := g if some g in input.grants

now_ns := time.parse_rfc3339_ns(input.now)

day_ns := ((24 * 60) * 60) * 1000000000

expires_ns(g) := time.parse_rfc3339_ns(g.expiresAt)

# The catalog role a grant names; undefined when the resource or role is unknown.
role_of(g) := input.catalog.resources[g.catalogId].roles[g.role]

resource_of(g) := input.catalog.resources[g.catalogId]

risk_rank := {"low": 1, "medium": 2, "high": 3, "critical": 4}

# A setting from the access repository's config, or its default.
setting(path, fallback) := object.get(object.get(input, "config", {}), path, fallback)

finding(rule, g, field, msg) := {"rule": rule, "grant": g.id, "field": field, "msg": msg}

# The GitHub logins an owner reference stands for: a user, or a team's members and maintainers.
logins(ref) := {login} if {
	startswith(ref, "user:")
	login := substring(ref, 5, -1)
}

logins(ref) := members if {
	startswith(ref, "team:")
	team := input.identities.teams[substring(ref, 5, -1)]
	members := {m | some m in team.members} | {m | some m in team.maintainers}
}

logins(ref) := set() if {
	startswith(ref, "team:")
	not input.identities.teams[substring(ref, 5, -1)]
}

# Lower-cased: GitHub logins are case-insensitive, so "Olivia" and "olivia" are one person.
owner_logins(owners) := {lower(login) | some ref in owners; some login in logins(ref)}

# The request's author, lower-cased; undefined outside a request.
author := lower(input.request.author)

# Everyone whose commits the request carries (authors and committers).
pushers := {lower(p) | some p in object.get(input.request, "pushers", [])}

# Whose approval never counts for this request: whoever asked and whoever pushed to it.
interested := {author} | pushers

# The people a grant gives access to: its user, or the members and maintainers of its team
# and of every team below it (on GitHub a child team inherits its parent's access).
beneficiaries(g) := {lower(login) | some login in logins(g.subject)} | {lower(login) |
	startswith(g.subject, "team:")
	team := input.identities.teams[substring(g.subject, 5, -1)]
	some child in object.get(team, "descendants", [])
	some login in logins(sprintf("team:%s", [child]))
}

# A grant whose end has passed; removing it takes nothing away that still stands.
expired(g) if expires_ns(g) <= now_ns

# The logins of the policy owners (accessctl.yaml's policyOwners), who approve rule changes.
policy_owners := owner_logins(setting(["policyOwners"], []))

# A grant that no longer holds by the identities it is judged by: past its end, held by
# someone who has left, by a contractor or external whose contract has ended, or by a service
# account that has itself expired or whose credential is past its rotation age (what
# `accessctl expire` removes). Removing it takes nothing away that still stands.
ended(g) if expired(g)

ended(g) if {
	g.subjectKind == "user"
	input.identities.users[g.subjectId].status == "leaver"
}

ended(g) if {
	g.subjectKind == "user"
	ends := input.identities.users[g.subjectId].contractEndsAt
	time.parse_rfc3339_ns(ends) <= now_ns
}

ended(g) if {
	g.subjectKind == "service"
	ends := input.identities.serviceAccounts[g.subjectId].expiresAt
	time.parse_rfc3339_ns(ends) <= now_ns
}

ended(g) if {
	g.subjectKind == "service"
	rotation_overdue(g.subjectId)
}

# A service account whose credential is older than its rotation schedule allows.
rotation_overdue(id) if {
	rotation := input.identities.serviceAccounts[id].rotation
	now_ns - time.parse_rfc3339_ns(rotation.lastRotatedAt) > rotation.maxAgeDays * day_ns
}

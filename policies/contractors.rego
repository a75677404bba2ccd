# METADATA
# title: Contractors and externals
# description: Someone outside the company has an active employee who answers for them
#   (a sponsor), holds no grant past the end of their contract, and no role the catalog
#   closes to them.
package access.contractors

import data.access.lib

outsider(u) if u.type in {"contractor", "external"}

# Logins are case-insensitive: "Ed" and "ed" are one person. Users are indexed once by
# their lower-cased login: scanning them for each grant made the check quadratic (100,000
# grants over 5,000 users ran a policy out of memory). Two users whose logins differ only
# by case are a conflict, as they were when each lookup scanned.
users_by_login := {lower(u.id): u | some u in input.identities.users}

user(login) := users_by_login[lower(login)]

deny contains {"rule": "contractor-sponsor", "user": u.id, "field": "type", "msg": msg} if {
	some u in input.identities.users
	outsider(u)
	u.status == "active"
	not u.sponsor
	msg := sprintf("%s is %s with no sponsor: add sponsor: <login of the active employee who answers for them>", [u.id, article(u.type)])
}

deny contains {"rule": "sponsor-invalid", "user": u.id, "field": "sponsor", "msg": msg} if {
	some u in input.identities.users
	u.status == "active"
	not user(u.sponsor)
	msg := sprintf("%s's sponsor %s is not a known user: name an active employee as sponsor", [u.id, u.sponsor])
}

deny contains {"rule": "sponsor-invalid", "user": u.id, "field": "sponsor", "msg": msg} if {
	some u in input.identities.users
	u.status == "active"
	user(u.sponsor).status == "leaver"
	msg := sprintf("%s's sponsor %s has left: name an active employee as sponsor", [u.id, u.sponsor])
}

deny contains {"rule": "sponsor-invalid", "user": u.id, "field": "sponsor", "msg": msg} if {
	some u in input.identities.users
	u.status == "active"
	sponsor := user(u.sponsor)
	outsider(sponsor)
	msg := sprintf("%s's sponsor %s is %s, not an employee: name an active employee as sponsor", [u.id, u.sponsor, article(sponsor.type)])
}

warn contains {"rule": "contract-end-missing", "user": u.id, "field": "type", "msg": msg} if {
	some u in input.identities.users
	outsider(u)
	u.status == "active"
	not u.contractEnds
	msg := sprintf("%s is %s with no contractEnds: add the day the contract ends, so their grants end with it", [u.id, article(u.type)])
}

# A grant to a contractor or external that lasts past the end of their contract.
deny contains lib.finding("outlives-contract", g, "expires", msg) if {
	some g in input.grants
	g.subjectKind == "user"
	u := user(g.subjectId)
	outsider(u)
	ends := time.parse_rfc3339_ns(u.contractEndsAt)
	lib.expires_ns(g) > ends
	msg := sprintf("grant %s ends on %s, after %s's contract ends on %s: move expires to %s or earlier", [g.id, g.expires, u.id, u.contractEnds, u.contractEnds])
}

# A role closed to contractors, held by one directly or through a team (or a team below it).
deny contains lib.finding("contractor-role", g, "role", msg) if {
	some g in input.grants
	lib.role_of(g).contractors == false
	some login in lib.beneficiaries(g)
	u := user(login)
	outsider(u)
	u.status == "active"
	msg := sprintf("role %q on %s is closed to contractors and externals, and %s is %s%s: grant it to an employee or ask the owners of %s to open the role", [g.role, g.catalogId, u.id, article(u.type), through(g), g.catalogId])
}

through(g) := "" if g.subjectKind == "user"

through(g) := sprintf(" (a member of %s)", [g.subject]) if g.subjectKind != "user"

article("external") := "an external"

article("contractor") := "a contractor"

article("employee") := "an employee"

# METADATA
# title: Access packages
# description: A grant may name an access package (a set of resource roles a policy owner
#   approved once) instead of a resource and role. It needs no owner review when its subject
#   is eligible, that is an active user of one of the package's user types, in one of its
#   teams when it names teams. It may last no longer than the package's maxDays, and none of its roles
#   may be closed to a contractor or external who would hold it.
package access.packages

import data.access.lib

# Every package grant the judged rules know the package of.
package_grants contains g if {
	some g in input.grants
	g.package
	input.packages[g.package]
}

# The user a grant is for, looked up case-insensitively; undefined for teams and services.
user_of(g) := u if {
	g.subjectKind == "user"
	some u in input.identities.users
	lower(u.id) == lower(g.subjectId)
}

allowed_types(pkg) := object.get(pkg.eligible, "types", ["employee"])

# A member or maintainer of a team the package names, or of a team below one.
in_eligible_team(login, pkg) if {
	some slug in pkg.eligible.teams
	team := input.identities.teams[slug]
	some t in {slug} | {d | some d in object.get(team, "descendants", [])}
	lower(login) in lib.owner_logins([sprintf("team:%s", [t])])
}

team_condition_met(u, pkg) if not pkg.eligible.teams

team_condition_met(u, pkg) if in_eligible_team(u.id, pkg)

eligible(g) if {
	pkg := input.packages[g.package]
	u := user_of(g)
	u.status == "active"
	object.get(u, "type", "employee") in allowed_types(pkg)
	team_condition_met(u, pkg)
}

# Why a subject is not eligible, in the words the finding uses.
why_not(g) := "packages are granted to named users only" if g.subjectKind != "user"

why_not(g) := sprintf("user %s is not in identities/", [g.subjectId]) if {
	g.subjectKind == "user"
	not user_of(g)
}

why_not(g) := sprintf("%s has left", [u.id]) if {
	u := user_of(g)
	u.status != "active"
}

why_not(g) := sprintf("%s is %s; the package is for %s", [u.id, object.get(u, "type", "employee"), concat(", ", allowed_types(pkg))]) if {
	u := user_of(g)
	u.status == "active"
	pkg := input.packages[g.package]
	not object.get(u, "type", "employee") in allowed_types(pkg)
}

why_not(g) := sprintf("%s is in none of the teams %s", [u.id, concat(", ", pkg.eligible.teams)]) if {
	u := user_of(g)
	u.status == "active"
	pkg := input.packages[g.package]
	object.get(u, "type", "employee") in allowed_types(pkg)
	not team_condition_met(u, pkg)
}

deny contains lib.finding("package-eligibility", g, "subject", msg) if {
	some g in package_grants
	not eligible(g)
	# a comprehension, so that a reason nobody foresaw still leaves the denial standing
	reason := concat("; ", {r | r := why_not(g)})
	msg := sprintf(
		"%s may not hold package %s: %s; grant the roles one by one (their owners review them) or ask the owners of %s (%s) to widen its conditions",
		[g.subject, g.package, reason, g.package, concat(", ", input.packages[g.package].owners)],
	)
}

deny contains lib.finding("package-duration", g, "expires", msg) if {
	some g in package_grants
	g.id in lib.changed_ids
	pkg := input.packages[g.package]
	start := min({time.parse_rfc3339_ns(object.get(g, "startsAt", input.now)), lib.now_ns})
	days := floor((lib.expires_ns(g) - start) / lib.day_ns)
	days > pkg.maxDays
	msg := sprintf(
		"grant lasts %d days from %s; package %s allows at most %d: move expires earlier",
		[days, substring(time.format(start), 0, 10), g.package, pkg.maxDays],
	)
}

# A role of the package closed to outsiders, held by one (directly or through a team).
deny contains lib.finding("package-contractor-role", g, "package", msg) if {
	some g in package_grants
	some part in g.parts
	input.catalog.resources[part.catalogId].roles[part.role].contractors == false
	some login in lib.beneficiaries(g)
	some u in input.identities.users
	lower(u.id) == login
	u.status == "active"
	u.type in {"contractor", "external"}
	msg := sprintf(
		"package %s gives role %q on %s, which is closed to contractors and externals, and %s is %s: grant it to an employee",
		[g.package, part.role, part.resource, u.id, u.type],
	)
}

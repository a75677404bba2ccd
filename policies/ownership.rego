# METADATA
# title: Ownership
# description: Someone answers for every grant, every service account and every resource.
package access.ownership

import data.access.lib

deny contains lib.finding("grant-owner", g, "owner", msg) if {
	some g in input.grants
	not g.owner
	count(object.get(lib.resource_of(g), "owners", [])) == 0
	msg := sprintf("nobody answers for grant %s: add an owner or give %s owners", [g.id, g.catalogId])
}

deny contains lib.finding("service-owner", g, "owner", msg) if {
	some g in input.grants
	g.subjectKind == "service"
	not g.owner
	msg := sprintf("grant %s gives access to service account %s: name its owner", [g.id, g.subjectId])
}

deny contains {"rule": "service-account-owner", "serviceAccount": sa.id, "field": "owner", "msg": msg} if {
	some sa in input.identities.serviceAccounts
	not valid_owner(sa.owner)
	msg := sprintf("service account %s is owned by %s, which is neither an active user nor a team", [sa.id, sa.owner])
}

deny contains {"rule": "service-account-purpose", "serviceAccount": sa.id, "field": "purpose", "msg": msg} if {
	some sa in input.identities.serviceAccounts
	count(trim_space(object.get(sa, "purpose", ""))) == 0
	msg := sprintf("service account %s has no purpose: say what it does", [sa.id])
}

deny contains {"rule": "resource-owner", "resource": r.id, "field": "owners", "msg": msg} if {
	some r in input.catalog.resources
	some ref in r.owners
	not valid_owner(ref)
	msg := sprintf("resource %s names owner %s, which is neither an active user nor a team", [r.id, ref])
}

valid_owner(ref) if {
	startswith(ref, "team:")
	input.identities.teams[substring(ref, 5, -1)]
}

valid_owner(ref) if {
	startswith(ref, "user:")
	input.identities.users[substring(ref, 5, -1)].status == "active"
}

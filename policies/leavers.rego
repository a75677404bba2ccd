# METADATA
# title: Joiners, movers and leavers
# description: Someone who has left holds no grant.
package access.leavers

import data.access.lib

deny contains lib.finding("leaver-has-grant", g, "subject", msg) if {
	some g in input.grants
	g.subjectKind == "user"
	input.identities.users[g.subjectId].status == "leaver"
	msg := sprintf("%s has left the company: remove grant %s", [g.subjectId, g.id])
}

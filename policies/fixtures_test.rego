# METADATA
# title: A small repository every policy test starts from
package access.fixtures_test

now := "2026-11-27T12:00:00Z"

catalog := {"resources": {
	"github:repo/acme/api": {
		"id": "github:repo/acme/api",
		"owners": ["team:api-leads"],
		"provisioner": "github",
		"glob": false,
		"teamMaxRisk": "medium",
		"roles": {
			"pull": {"risk": "low", "maxDays": 365, "approvals": 1, "requires": []},
			"push": {"risk": "medium", "maxDays": 90, "approvals": 1, "requires": []},
			"maintain": {"risk": "high", "maxDays": 30, "approvals": 1, "requires": []},
			"admin": {"risk": "high", "maxDays": 14, "approvals": 2, "requires": ["ticket"]},
		},
	},
	"github:team/*": {
		"id": "github:team/*",
		"owners": ["user:olivia"],
		"provisioner": "github",
		"glob": true,
		"roles": {"member": {"risk": "low", "maxDays": 180, "approvals": 1, "requires": []}},
	},
}}

identities := {
	"users": {
		"alice": {"id": "alice", "status": "active"},
		"bob": {"id": "bob", "status": "active"},
		"carol": {"id": "carol", "status": "active"},
		"olivia": {"id": "olivia", "status": "active"},
		"lee": {"id": "lee", "status": "leaver"},
	},
	"teams": {
		"api-leads": {"id": "api-leads", "members": ["bob"], "maintainers": ["carol"]},
		"api": {"id": "api", "members": ["alice"], "maintainers": []},
		"security": {"id": "security", "members": ["olivia"], "maintainers": []},
	},
	"serviceAccounts": {"deployer": {
		"id": "deployer",
		"owner": "team:api",
		"purpose": "Deploys the API from CI",
		"rotation": {"maxAgeDays": 90, "lastRotated": "2026-10-01", "lastRotatedAt": "2026-10-01T00:00:00Z"},
	}},
}

grant(overrides) := object.union(
	{
		"id": "alice-api-push",
		"subject": "user:alice",
		"subjectKind": "user",
		"subjectId": "alice",
		"resource": "github:repo/acme/api",
		"catalogId": "github:repo/acme/api",
		"role": "push",
		"reason": "Ships the payments endpoints this quarter",
		"expires": "2027-01-31",
		"expiresAt": "2027-02-01T00:00:00Z",
	},
	overrides,
)

# An input with the given grants, all of them added by the change.
with_grants(grants) := {
	"now": now,
	"config": {"policyOwners": ["team:security"]},
	"grants": grants,
	"changes": {"added": [g.id | some g in grants], "modified": [], "removed": [], "files": []},
	"catalog": catalog,
	"identities": identities,
}

# The same, as a pull request by `author` with the given approvals; the author pushed its
# commits, and olivia (a policy owner) added its labels.
request(grants, author, approvers, labels) := object.union(with_grants(grants), {"request": {
	"author": author,
	"labels": labels,
	"labelActors": {l: "olivia" | some l in labels},
	"approvals": [{"reviewer": r, "commit": "head", "stale": false} | some r in approvers],
	"pushers": [author],
}})

# A request that removes `removed` (grants as they stood before) and changes nothing else.
removal(removed, author, approvers) := object.union(request([], author, approvers, []), {
	"changes": {"added": [], "modified": [], "removed": [g.id | some g in removed], "files": []},
	"removed": [object.union(g, {"file": "access/grants/x.yaml"}) | some g in removed],
})

rules(findings) := {f.rule | some f in findings}

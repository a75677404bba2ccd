package access.least_privilege_test

import data.access.fixtures_test as fx
import data.access.least_privilege

test_known_role_passes if {
	count(least_privilege.deny) == 0 with input as fx.with_grants([fx.grant({})])
}

test_unknown_role_denied if {
	"role-exists" in fx.rules(least_privilege.deny) with input as fx.with_grants([fx.grant({"role": "owner"})])
}

test_high_risk_needs_ticket_and_reason if {
	findings := least_privilege.deny with input as fx.with_grants([fx.grant({"role": "maintain", "reason": "needed"})])
	"high-risk-ticket" in fx.rules(findings)
	"high-risk-reason" in fx.rules(findings)
}

test_ticket_the_role_requires_is_reported_once if {
	findings := least_privilege.deny with input as fx.with_grants([fx.grant({"role": "admin", "reason": "Rotating the deploy keys after the incident of 2026-11-20"})])
	fx.rules(findings) == {"role-requires"}
}

test_high_risk_with_ticket_and_reason_passes if {
	g := fx.grant({"role": "admin", "ticket": "API-12", "reason": "Rotating the deploy keys after the incident of 2026-11-20"})
	count(least_privilege.deny) == 0 with input as fx.with_grants([g])
}

test_wildcard_subject_denied if {
	"no-wildcard" in fx.rules(least_privilege.deny) with input as fx.with_grants([fx.grant({"subject": "user:*"})])
}

test_team_above_limit_denied if {
	g := fx.grant({"subject": "team:api", "subjectKind": "team", "subjectId": "api", "role": "admin", "ticket": "API-1", "reason": "The whole team administers the repository during the migration"})
	"team-role-limit" in fx.rules(least_privilege.deny) with input as fx.with_grants([g])
}

test_team_within_limit_passes if {
	g := fx.grant({"subject": "team:api", "subjectKind": "team", "subjectId": "api"})
	not "team-role-limit" in fx.rules(least_privilege.deny) with input as fx.with_grants([g])
}

test_two_roles_warns_on_the_lower if {
	low := fx.grant({"id": "alice-pull", "role": "pull"})
	high := fx.grant({})
	findings := least_privilege.warn with input as fx.with_grants([low, high])
	some f in findings
	f.rule == "redundant-role"
	f.grant == "alice-pull"
}

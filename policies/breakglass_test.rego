package access.breakglass_test

import data.access.approvals
import data.access.breakglass
import data.access.fixtures_test as fx

short := fx.grant({"expires": "2026-11-28T06:00:00Z", "expiresAt": "2026-11-28T06:00:00Z"})

# olivia, a policy owner who owns nothing here, adds the label and approves the head
test_emergency_skips_approvals_for_short_grants if {
	inp := fx.request([short], "alice", ["olivia"], ["emergency"])
	count(approvals.deny) == 0 with input as inp
	"break-glass-used" in fx.rules(breakglass.warn) with input as inp
}

test_emergency_too_long_denied if {
	"break-glass-duration" in fx.rules(breakglass.deny) with input as fx.request([fx.grant({})], "alice", ["olivia"], ["emergency"])
}

# A label says nothing of what was pushed after it: the invoker's approval of the head does.
test_emergency_covers_only_the_head_its_invoker_approved if {
	unapproved := fx.request([short], "alice", [], ["emergency"])
	"approval-required" in fx.rules(approvals.deny) with input as unapproved
	"break-glass-not-approved" in fx.rules(breakglass.warn) with input as unapproved
	pushed := object.union(fx.request([short], "alice", [], ["emergency"]), {"request": {"approvals": [{"reviewer": "olivia", "commit": "earlier", "stale": true}]}})
	"approval-required" in fx.rules(approvals.deny) with input as pushed
	"break-glass-not-approved" in fx.rules(breakglass.warn) with input as pushed
}

test_without_label_approvals_apply if {
	"approval-required" in fx.rules(approvals.deny) with input as fx.request([short], "alice", [], [])
}

labelled_by(actor) := object.union(fx.request([short], "alice", [], ["emergency"]), {"request": {"labelActors": {"emergency": actor}}})

test_label_by_author_does_not_break_glass if {
	"approval-required" in fx.rules(approvals.deny) with input as labelled_by("alice")
	"break-glass-not-permitted" in fx.rules(breakglass.warn) with input as labelled_by("alice")
}

test_label_by_someone_not_permitted_does_not_break_glass if {
	"approval-required" in fx.rules(approvals.deny) with input as labelled_by("bob")
	"approval-required" in fx.rules(approvals.deny) with input as labelled_by("")
}

test_label_by_policy_owner_who_pushed_does_not_break_glass if {
	inp := object.union(labelled_by("olivia"), {"request": {"pushers": ["alice", "olivia"]}})
	"approval-required" in fx.rules(approvals.deny) with input as inp
}

test_allowed_by_names_who_may_break_glass if {
	# dave owns nothing: only break-glass can make his approval enough
	by_dave := fx.request([short], "alice", ["dave", "olivia"], ["emergency"])
	inp := object.union(by_dave, {"config": {"breakGlass": {"allowedBy": ["user:dave"]}}, "request": {"labelActors": {"emergency": "dave"}}})
	count(approvals.deny) == 0 with input as inp
	"approval-required" in fx.rules(approvals.deny) with input as object.union(inp, {"request": {"labelActors": {"emergency": "olivia"}}})
}

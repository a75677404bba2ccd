# entrypoints: test/summary
package test

summary := {"count": count(ids), "ids": ids} if {
	ids := {g.id | some g in input.grants; g.role == "admin"}
}

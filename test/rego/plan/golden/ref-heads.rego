# entrypoints: test/limits
package test

limits.read := 365

limits.write := 90 if input.strict

limits[role] := 14 if some role in input.admin_roles

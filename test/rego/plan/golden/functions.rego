# entrypoints: test/p
package test

risk("admin") := 3

risk(role) := 1 if role != "admin"

p := risk(input.role)

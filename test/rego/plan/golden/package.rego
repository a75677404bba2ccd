# entrypoints: test
package test

a := 1

b contains "x"

f(x) := x

# entrypoints: test/p
package test

p := 7 if input.x == 1

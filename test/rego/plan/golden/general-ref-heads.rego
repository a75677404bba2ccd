# entrypoints: test/grants
package test

grants[g.team][g.role] contains g.user if some g in input.grants

grants.audit.read contains "auditor"

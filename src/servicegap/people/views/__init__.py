"""People pages, one module per area: `common` (home, team, settings), `scenarios`
(the library and tests), `coaching` (employee page, notes, rule bends), `interviews`,
`ideas` and `training`. Thin views over the app's logic modules.

Who sees what: the whole team (staff and up) reads the scenario library, answers their
own tests, reads their own page and notes, logs rule bends and uses the ideas board;
supervisors write scenarios, grade, coach and interview; managers assign tests, decide
on ideas and propose training; owners and executives adopt ideas into the card. Every
object comes through `permissions` (another organisation's is a 404, a role too low 403).
"""

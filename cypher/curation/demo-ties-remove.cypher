// Auto-commit only: the invented ties between organisations that stay (real institutions).
MATCH ()-[r:COOPERATES_WITH|MEMBER_OF]->() WHERE r.synthetic = true
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS

-- issue 15 (helper evalspeed): room on each page of evaluation_subject for the next version of its rows. A subject is
-- inserted when its campaign opens, then updated by the grid saves or the import (scores, rating) and again by the
-- finalisation; none of these updates touches an indexed column, so with free room on its page PostgreSQL writes the
-- new version there (a HOT update) without a new entry in each of the table's five indexes. At the default fillfactor
-- (100) the pages are full and every first update moved the row and updated every index (the import benchmark of
-- 60,000 scores). Only the pages written from now on keep the room; the data stored so far is unchanged.
alter table evaluation_subject set (fillfactor = 50);

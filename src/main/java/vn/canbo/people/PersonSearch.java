package vn.canbo.people;

import java.io.OutputStream;
import org.springframework.stereotype.Service;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;

/** Tìm kiếm, lọc hồ sơ (scope applied in SQL) and export of the same search to Excel. */
@Service
public class PersonSearch {

    /** Maximum rows of an export. */
    public static final int EXPORT_MAX_ROWS = 200_000;

    /** One page; total counted up to {@link PageResult#COUNT_CAP}. */
    public PageResult<PersonSummary> search(PersonCriteria c, Scope scope) {
        throw new UnsupportedOperationException();
    }

    /** Streams every match (up to {@link #EXPORT_MAX_ROWS}) as .xlsx; sensitive columns only when allowed. */
    public void exportXlsx(PersonCriteria c, Scope scope, boolean includeSensitive, OutputStream out) {
        throw new UnsupportedOperationException();
    }
}

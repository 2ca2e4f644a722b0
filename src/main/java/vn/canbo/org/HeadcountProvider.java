package vn.canbo.org;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Implemented by the people module: persons whose main position is in each unit on a
 * date.
 */
@org.springframework.modulith.NamedInterface("spi")
public interface HeadcountProvider {

	Map<Long, Long> headcounts(Collection<Long> unitIds, LocalDate asOf);

}

package vn.canbo.career;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One page of the alerts ({@link Alerts#page}), sorted as {@link Alerts#list}:
 * {@code total} and {@code counts} (by kind) are exact over every alert of the query, not
 * only the page.
 */
public record AlertPage(List<Alerts.Alert> items, int page, int size, long total, Map<Alerts.Kind, Long> counts) {

	/** The largest page. */
	public static final int MAX_SIZE = 500;

	/**
	 * The page of the complete list: page from 0, size 1 to {@link #MAX_SIZE}
	 * (out-of-range values are brought into range).
	 */
	static AlertPage of(List<Alerts.Alert> all, int page, int size) {
		int s = Math.max(1, Math.min(size, MAX_SIZE));
		int p = Math.max(0, page);
		Map<Alerts.Kind, Long> counts = new EnumMap<>(Alerts.Kind.class);
		all.forEach(a -> counts.merge(a.kind(), 1L, Long::sum));
		int first = (int) Math.min((long) p * s, all.size());
		return new AlertPage(all.subList(first, Math.min(first + s, all.size())), p, s, all.size(), counts);
	}

	public int totalPages() {
		return (int) ((total + size - 1) / size);
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

}

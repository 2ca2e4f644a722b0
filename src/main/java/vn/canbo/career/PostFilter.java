package vn.canbo.career;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.ValidationException;

/**
 * Which decisions count by the post (title) they concern (issue 14, point 5): TITLE
 * (title codes), TITLE_GROUP (title group codes: the title is in one of them) and
 * KEY_POST (YES / NO: the title is, or is not, a key post — chức danh lãnh đạo chủ chốt,
 * the title group {@value #KEY_POST_GROUP}). Several filters: all of them. A subject's
 * post is the title it sets, else the title of the existing post it concerns (bổ nhiệm
 * lại, miễn nhiệm…); a subject with neither (nghỉ hưu…) has no post: only KEY_POST=NO
 * takes it.
 */
public record PostFilter(Map<String, List<String>> filters) {

	/** The dimensions decisions can be filtered by. */
	public static final List<String> DIMS = List.of("TITLE", "TITLE_GROUP", "KEY_POST");

	/** The title group of the key posts. */
	public static final String KEY_POST_GROUP = "CHU_CHOT";

	public static final PostFilter NONE = new PostFilter(Map.of());

	public PostFilter {
		filters = filters == null ? Map.of() : Map.copyOf(filters);
	}

	/**
	 * Query parameters {@code f=DIM:v1,v2} (repeatable; blank ones skipped) as a map; one
	 * without a colon is refused (field {@code f}).
	 */
	public static Map<String, List<String>> fromParams(List<String> params) {
		Map<String, List<String>> out = new LinkedHashMap<>();
		List<FieldError> e = new ArrayList<>();
		for (String p : params == null ? List.<String>of() : params) {
			if (p == null || p.isBlank()) {
				continue;
			}
			int i = p.indexOf(':');
			if (i <= 0) {
				e.add(new FieldError("f", Messages.text("career.error.filterFormat", p), p));
				continue;
			}
			List<String> v = java.util.Arrays.stream(p.substring(i + 1).split(",")).map(String::strip).toList();
			out.merge(p.substring(0, i).strip().toUpperCase(), v, (a, b) -> a.stream().filter(b::contains).toList());
		}
		if (!e.isEmpty()) {
			throw new ValidationException(e);
		}
		return out;
	}

	public boolean none() {
		return filters.isEmpty();
	}

	/**
	 * Checks the filters (dimension names, title and group codes, YES / NO): every error
	 * at once, on field {@code f}; {@code figure}: the figure code named in the messages
	 * (null on the movements page and API).
	 */
	static PostFilter parse(Map<String, List<String>> given, Catalogs catalogs, String figure) {
		Map<String, List<String>> out = new LinkedHashMap<>();
		List<FieldError> e = new ArrayList<>();
		if (given != null) {
			given.forEach((dim, values) -> {
				String d = dim == null ? "" : dim.strip().toUpperCase();
				List<String> v = values == null ? List.of()
						: values.stream().map(String::strip).filter(x -> !x.isEmpty()).toList();
				if (!DIMS.contains(d)) {
					e.add(new FieldError("f", figure == null ? Messages.text("career.error.postFilter", dim)
							: Messages.text("career.error.figureFilter", figure, dim), dim));
					return;
				}
				if (v.isEmpty()) {
					e.add(new FieldError("f", Messages.text("career.error.postFilterValues", d), dim));
					return;
				}
				for (String x : v) {
					boolean ok = switch (d) {
						case "KEY_POST" -> x.equals("YES") || x.equals("NO");
						case "TITLE" -> catalogs.find(CatalogType.TITLE, x).isPresent();
						default -> catalogs.find(CatalogType.TITLE_GROUP, x).isPresent();
					};
					if (!ok) {
						e.add(new FieldError("f", Messages.text("career.error.postFilterValue", d, x), x));
					}
				}
				out.merge(d, v, (a, b) -> a.stream().filter(b::contains).toList());
			});
		}
		if (!e.isEmpty()) {
			throw new ValidationException(e);
		}
		return new PostFilter(out);
	}

	/** True when a post of that title (null: none) passes every filter. */
	boolean matches(String title, Catalogs catalogs) {
		Set<String> groups = title == null ? Set.of() : catalogs.titleGroups(title);
		for (Map.Entry<String, List<String>> f : filters.entrySet()) {
			boolean ok = switch (f.getKey()) {
				case "TITLE" -> title != null && f.getValue().contains(title);
				case "TITLE_GROUP" -> f.getValue().stream().anyMatch(groups::contains);
				default -> f.getValue().contains(groups.contains(KEY_POST_GROUP) ? "YES" : "NO");
			};
			if (!ok) {
				return false;
			}
		}
		return true;
	}

}

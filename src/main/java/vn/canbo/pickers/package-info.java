/**
 * Pickers: the searchable choosers that forms use instead of typed ids and codes (issue
 * 20, point 6). {@link vn.canbo.pickers.Pickers} finds units (by name, with their parent)
 * and persons (by name, with birth year and current post at unit) within the user's
 * scope, diacritics- and case-insensitively, and gives the label of a chosen id for a
 * form shown again; the pages {@code /pick/units?q=} and {@code /pick/persons?q=} answer
 * the matches as an HTML fragment for {@code fragments/picker.html} and
 * {@code static/js/picker.js}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pickers",
		allowedDependencies = { "catalog", "org", "people::api", "security", "shared" })
package vn.canbo.pickers;

package vn.canbo.reports;

/** Constants of the web layer used by tests. */
final class ReportPageControllerAccess {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private ReportPageControllerAccess() {
	}

}

/** Home page: the dashboard of the user's scope. */
@org.springframework.modulith.ApplicationModule(displayName = "Home page",
		allowedDependencies = { "reports", "shared" })
package vn.canbo.web;

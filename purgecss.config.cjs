// The storefront's copy of Oscar's Bootstrap 4 stylesheet, each direction, with only the rules that the site's
// templates, Python (form widgets' classes) and scripts use: `make purge-css` (issue 19: 284 KB, most of it unused,
// blocked every page's first paint). OSCAR_DIR is Oscar's package folder; the Makefile passes it. The dashboard keeps
// Oscar's whole dashboard stylesheet.
const oscar = process.env.OSCAR_DIR;
const apps = "{artisans,audit,catalogue,checkout,cms,conversations,dashboard,fulfilment,insights,ledger,marketplace,moderation,payments,search,shipping}";
module.exports = {
  content: [
    "marketplace/templates/**/*.html",
    `${apps}/**/*.py`,
    "marketplace/static/hirfa/*.js",
    `${oscar}/templates/oscar/**/*.html`,
    `${oscar}/forms/**/*.py`,
    `${oscar}/templatetags/**/*.py`,
    `${oscar}/static/oscar/js/oscar/ui.js`,
  ],
  skippedContentGlobs: [`${oscar}/templates/oscar/dashboard/**`, "marketplace/templates/oscar/dashboard/**"],
  // Classes that templates build from data ("alert-{{ message.tags }}") and that Bootstrap's script adds at run time.
  safelist: {
    standard: [/^alert-/, /^badge-/, "show", "fade", "collapse", "collapsing", "collapsed", "modal-open", "modal-backdrop", "active", "disabled", "is-invalid", "is-valid", "was-validated"],
  },
};

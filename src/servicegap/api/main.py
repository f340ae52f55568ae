"""The JSON API at /api/v1/: one router per app, listed in `ROUTERS`."""

from django.utils.module_loading import import_string

from servicegap.api.schema import DocumentedAPI
from servicegap.core.api_input import RefusingParser
from servicegap.core.auth import MemberSessionAuth, TokenAuth

# path prefix → dotted path of the app's ninja Router
ROUTERS = {
    "": "servicegap.core.api.router",
    "/organisation": "servicegap.core.api_organisation.router",
    "/standards": "servicegap.standards.api.router",
    "/audits": "servicegap.audits.api.router",
    "/kits": "servicegap.kits.api.router",
    "/feedback": "servicegap.feedback.api.router",
    "/textlens": "servicegap.textlens.api.router",
    "/customers": "servicegap.customers.api.router",
    "/recovery": "servicegap.recovery.api.router",
    "/gap": "servicegap.gap.api.router",
    "/people": "servicegap.people.api.router",
    "/privacy": "servicegap.privacy.api.router",
    "/webhooks": "servicegap.webhooks.api.router",
}

api = DocumentedAPI(
    title="servicegap API",
    version="1",
    description="Organisation-scoped access to servicegap. Authenticate with "
    "`Authorization: Bearer <token>`; owners make tokens under Organisation → API tokens.",
    urls_namespace="api",
    auth=[TokenAuth(), MemberSessionAuth()],
    docs_url=None,  # the interactive docs load their scripts from a CDN
    parser=RefusingParser(),  # a form field holding a NUL is refused (core/api_input.py)
)
for prefix, dotted in ROUTERS.items():
    api.add_router(prefix, import_string(dotted))

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    # Machine-readable exports and share images: the same for every language.
    path("", include("timeline.language_neutral_urls")),
]
# The public pages and the admin: Vietnamese at /, English at /en/ (/en/admin/).
urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("", include("timeline.urls")),
    path("", include("articles.urls")),
    prefix_default_language=False,
)

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

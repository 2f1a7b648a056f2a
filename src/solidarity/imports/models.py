from django.conf import settings
from django.db import models

from solidarity.statements.models import Statement


class StatementImport(models.Model):
    """A pasted statement on its way to becoming a draft: the source text, what was
    extracted from it, and the editor's corrections, saved as the review goes on so
    that nothing corrected is lost between pages."""

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    source_text = models.TextField()
    # title, date, language, issuer, body, demands, footnotes, translations.
    document = models.JSONField(default=dict)
    # One object per endorser: the extracted fields, where the entry was found in
    # the source text (start, end), whether to include it, and its match in the
    # registry ("new" or an organisation's id).
    endorsers = models.JSONField(default=list)
    statement = models.OneToOneField(
        Statement, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    def __str__(self) -> str:
        return f"import {self.pk} by {self.created_by_id}"

from django.http import HttpRequest
from ninja import Router

from solidarity.core.apitools import BearerToken, validated

from .forms import TextIn
from .schemas import ImportIn, ImportOut
from .services import statement_import_extract

router = Router(tags=["imports"])


@router.post(
    "",
    response=ImportOut,
    auth=BearerToken(),
    url_name="import_extract",
    summary="Read a published statement: its text, demands, notes and endorsers",
    operation_id="import_extract",
)
def import_extract_endpoint(request: HttpRequest, payload: ImportIn):  # type: ignore[no-untyped-def]
    text = validated(TextIn, payload.dict())["text"]
    return statement_import_extract(text=text)

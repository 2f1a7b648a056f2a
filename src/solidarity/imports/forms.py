from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from solidarity.core.forms import CountriesField, LinesField, LongTextField, NameField
from solidarity.endorsements.models import EndorsementKind
from solidarity.statements.forms import StatementCreateForm

# A statement of 100 KB with 2,000 endorsers is large; five times that is a book.
MAX_SOURCE_LENGTH = 500_000


class ImportTextForm(forms.Form):
    text = LongTextField(
        label=_("Text of the published statement"),
        max_length=MAX_SOURCE_LENGTH,
        help_text=_(
            "Copy the whole page or e-mail: title, date, text, demands, notes and the "
            "list of signatories. Navigation words and sharing buttons are left out."
        ),
        widget=forms.Textarea(attrs={"rows": 18}),
    )


class AddEndorsersForm(forms.Form):
    """Endorsers the extraction missed, typed or pasted by the editor."""

    text = LongTextField(
        label=_("Add endorsers the text missed"),
        max_length=MAX_SOURCE_LENGTH,
        help_text=_(
            "One per line, as a list gives them: the name, then its acronym, country or "
            "role, such as “Dock Workers Union (DWU) – Chile” or “Ana Ruiz, teacher”."
        ),
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class TextIn(forms.Form):
    """The API's body: the text alone."""

    text = ImportTextForm.base_fields["text"]


class ImportDocumentForm(StatementCreateForm):
    """The statement as the review corrects it; initiators are asked for only when
    the draft is saved."""

    date = forms.DateField(
        label=_("Originally published on"),
        required=False,
        help_text=_("Year-month-day, as 2022-03-13."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["initiators"].required = False
        self.order_fields(["title", "date", "language", "initiators"])


class CountryCodesField(CountriesField):
    """Countries typed as codes in one box ("AR, BR"): a select of 250 countries on
    each of a hundred rows would make the review page heavy."""

    widget = forms.TextInput(attrs={"size": 8})  # type: ignore[assignment]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(required=False, help_text="", **kwargs)

    def prepare_value(self, value: Any) -> Any:
        return ", ".join(value) if isinstance(value, list) else value


class ImportedEndorserForm(forms.Form):
    include = forms.BooleanField(label=_("Include"), required=False)
    name = NameField(label=_("Name"))
    alt_names = LinesField(
        label=_("Other names"),
        required=False,
        max_items=20,
        max_item_length=200,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=EndorsementKind.choices)
    countries = CountryCodesField(label=_("Countries"))
    affiliation = NameField(label=_("Affiliation or role"), required=False)
    parent = NameField(label=_("Section of"), required=False)
    match = forms.ChoiceField(label=_("In the registry"), required=False)

    def __init__(self, *args: Any, match_choices: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["match"].choices = match_choices  # type: ignore[attr-defined]


class BaseImportedEndorserFormSet(forms.BaseFormSet):
    """Each row offers its own matches in the registry."""

    def __init__(self, *args: Any, match_choices: list[list[tuple[str, str]]], **kwargs: Any):
        self.match_choices = match_choices
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index: int | None) -> dict[str, Any]:
        in_page = index is not None and index < len(self.match_choices)
        return {"match_choices": self.match_choices[index] if in_page else []}  # type: ignore[index]


ImportedEndorserFormSet = forms.formset_factory(
    ImportedEndorserForm, formset=BaseImportedEndorserFormSet, extra=0, max_num=200
)

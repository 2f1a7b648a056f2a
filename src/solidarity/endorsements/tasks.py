from django_tasks import task

from . import emails


@task()
def endorsement_send_confirmation(endorsement_id: int) -> None:
    emails.confirmation_send(endorsement_id=endorsement_id)


@task()
def endorsement_send_rejection(endorsement_id: int) -> None:
    emails.rejection_send(endorsement_id=endorsement_id)

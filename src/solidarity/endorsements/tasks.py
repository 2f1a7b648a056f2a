from django_tasks import task

from . import emails


@task()
def endorsement_send_rejection(endorsement_id: int) -> None:
    emails.rejection_send(endorsement_id=endorsement_id)

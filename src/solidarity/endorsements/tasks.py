from django_tasks import task

from . import emails


@task()
def endorsement_send_confirmation(endorsement_id: int) -> bool:
    delivery = emails.confirmation_send(endorsement_id=endorsement_id)
    if delivery.retry_at is not None and endorsement_send_confirmation.get_backend().supports_defer:
        endorsement_send_confirmation.using(run_after=delivery.retry_at).enqueue(endorsement_id)
    return delivery.sent


@task()
def endorsement_send_rejection(endorsement_id: int) -> None:
    emails.rejection_send(endorsement_id=endorsement_id)

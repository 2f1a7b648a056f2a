from django.db import models


class Signature(models.Model):
    email = models.EmailField(unique=True)
    name = models.CharField(max_length=200)
    country = models.CharField(max_length=2)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name

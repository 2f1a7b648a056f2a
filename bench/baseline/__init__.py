"""The baseline for bench/signing_spike.py: a bare Django 5.2 project whose one view
does one INSERT into a table with a unique constraint on the e-mail address."""

"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23

The first released schema: every field of exchange file version 1.
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('host_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('office', sa.Text(), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_host_settings'))
    )
    op.create_table('institutions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('short_name', sa.Text(), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=True),
    sa.Column('province', sa.Text(), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('phone', sa.Text(), nullable=True),
    sa.Column('email', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_institutions')),
    sa.UniqueConstraint('key', name=op.f('uq_institutions_key'))
    )
    op.create_table('presenters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('position', sa.Text(), nullable=True),
    sa.Column('organisation', sa.Text(), nullable=True),
    sa.Column('phone', sa.Text(), nullable=True),
    sa.Column('email', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_presenters')),
    sa.UniqueConstraint('key', name=op.f('uq_presenters_key'))
    )
    op.create_table('settings',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_settings'))
    )
    op.create_table('sites',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('short_name', sa.Text(), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('exclusive', sa.Boolean(), nullable=False),
    sa.Column('has_opening_hours', sa.Boolean(), nullable=False),
    sa.Column('contact_name', sa.Text(), nullable=True),
    sa.Column('contact_phone', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sites')),
    sa.UniqueConstraint('key', name=op.f('uq_sites_key'))
    )
    op.create_table('topics',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_topics')),
    sa.UniqueConstraint('key', name=op.f('uq_topics_key'))
    )
    op.create_table('presenter_topics',
    sa.Column('presenter_id', sa.Integer(), nullable=False),
    sa.Column('topic_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['presenter_id'], ['presenters.id'], name=op.f('fk_presenter_topics_presenter_id_presenters'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['topic_id'], ['topics.id'], name=op.f('fk_presenter_topics_topic_id_topics'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('presenter_id', 'topic_id', name=op.f('pk_presenter_topics'))
    )
    with op.batch_alter_table('presenter_topics', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_presenter_topics_topic_id'), ['topic_id'], unique=False)

    op.create_table('presenter_unavailability',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('presenter_id', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['presenter_id'], ['presenters.id'], name=op.f('fk_presenter_unavailability_presenter_id_presenters'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_presenter_unavailability'))
    )
    with op.batch_alter_table('presenter_unavailability', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_presenter_unavailability_presenter_id'), ['presenter_id'], unique=False)

    op.create_table('site_opening_hours',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('opens', sa.String(length=5), nullable=False),
    sa.Column('closes', sa.String(length=5), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_site_opening_hours_site_id_sites'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site_opening_hours'))
    )
    with op.batch_alter_table('site_opening_hours', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_site_opening_hours_site_id'), ['site_id'], unique=False)

    op.create_table('travel_times',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('from_site_id', sa.Integer(), nullable=False),
    sa.Column('to_site_id', sa.Integer(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['from_site_id'], ['sites.id'], name=op.f('fk_travel_times_from_site_id_sites'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['to_site_id'], ['sites.id'], name=op.f('fk_travel_times_to_site_id_sites'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_travel_times')),
    sa.UniqueConstraint('from_site_id', 'to_site_id', name='uq_travel_times_from_to')
    )
    with op.batch_alter_table('travel_times', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_travel_times_to_site_id'), ['to_site_id'], unique=False)

    op.create_table('visits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('institution_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('leader_name', sa.Text(), nullable=True),
    sa.Column('leader_position', sa.Text(), nullable=True),
    sa.Column('liaison_name', sa.Text(), nullable=True),
    sa.Column('liaison_position', sa.Text(), nullable=True),
    sa.Column('headcount', sa.Integer(), nullable=True),
    sa.Column('purpose', sa.Text(), nullable=True),
    sa.Column('request_letter_number', sa.Text(), nullable=True),
    sa.Column('request_letter_date', sa.Date(), nullable=True),
    sa.Column('reply_letter_number', sa.Text(), nullable=True),
    sa.Column('reply_letter_date', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['institution_id'], ['institutions.id'], name=op.f('fk_visits_institution_id_institutions'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visits')),
    sa.UniqueConstraint('key', name=op.f('uq_visits_key'))
    )
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visits_institution_id'), ['institution_id'], unique=False)
        batch_op.create_index('ix_visits_starts_on_ends_on', ['starts_on', 'ends_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_status'), ['status'], unique=False)

    op.create_table('participants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('position', sa.Text(), nullable=True),
    sa.Column('institution', sa.Text(), nullable=True),
    sa.Column('phone', sa.Text(), nullable=True),
    sa.Column('email', sa.Text(), nullable=True),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_participants_visit_id_visits'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participants'))
    )
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.create_index('ix_participants_visit_id_ordinal', ['visit_id', 'ordinal'], unique=False)

    op.create_table('sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=True),
    sa.Column('site_id', sa.Integer(), nullable=True),
    sa.Column('headcount', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_sessions_site_id_sites'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_sessions_visit_id_visits'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sessions')),
    sa.UniqueConstraint('key', name=op.f('uq_sessions_key'))
    )
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.create_index('ix_sessions_site_id_starts_at', ['site_id', 'starts_at'], unique=False)
        batch_op.create_index('ix_sessions_starts_at_ends_at', ['starts_at', 'ends_at'], unique=False)
        batch_op.create_index('ix_sessions_visit_id_starts_at', ['visit_id', 'starts_at'], unique=False)

    op.create_table('visit_topics',
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('topic_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['topic_id'], ['topics.id'], name=op.f('fk_visit_topics_topic_id_topics'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_visit_topics_visit_id_visits'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('visit_id', 'topic_id', name=op.f('pk_visit_topics'))
    )
    with op.batch_alter_table('visit_topics', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_topics_topic_id'), ['topic_id'], unique=False)

    op.create_table('lessons',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('topic_id', sa.Integer(), nullable=True),
    sa.Column('session_id', sa.Integer(), nullable=True),
    sa.Column('observation', sa.Text(), nullable=False),
    sa.Column('recommendation', sa.Text(), nullable=True),
    sa.Column('owner', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('follow_up_on', sa.Date(), nullable=True),
    sa.Column('follow_up_note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_lessons_session_id_sessions'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['topic_id'], ['topics.id'], name=op.f('fk_lessons_topic_id_topics'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_lessons_visit_id_visits'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lessons')),
    sa.UniqueConstraint('key', name=op.f('uq_lessons_key'))
    )
    with op.batch_alter_table('lessons', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lessons_follow_up_on'), ['follow_up_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_lessons_session_id'), ['session_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_lessons_topic_id'), ['topic_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_lessons_visit_id'), ['visit_id'], unique=False)

    op.create_table('session_presenters',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('presenter_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['presenter_id'], ['presenters.id'], name=op.f('fk_session_presenters_presenter_id_presenters'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_session_presenters_session_id_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('session_id', 'presenter_id', name=op.f('pk_session_presenters'))
    )
    with op.batch_alter_table('session_presenters', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_presenters_presenter_id'), ['presenter_id'], unique=False)

    op.create_table('session_topics',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('topic_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_session_topics_session_id_sessions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['topic_id'], ['topics.id'], name=op.f('fk_session_topics_topic_id_topics'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('session_id', 'topic_id', name=op.f('pk_session_topics'))
    )
    with op.batch_alter_table('session_topics', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_topics_topic_id'), ['topic_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('session_topics', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_topics_topic_id'))

    op.drop_table('session_topics')
    with op.batch_alter_table('session_presenters', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_presenters_presenter_id'))

    op.drop_table('session_presenters')
    with op.batch_alter_table('lessons', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lessons_visit_id'))
        batch_op.drop_index(batch_op.f('ix_lessons_topic_id'))
        batch_op.drop_index(batch_op.f('ix_lessons_session_id'))
        batch_op.drop_index(batch_op.f('ix_lessons_follow_up_on'))

    op.drop_table('lessons')
    with op.batch_alter_table('visit_topics', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_topics_topic_id'))

    op.drop_table('visit_topics')
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.drop_index('ix_sessions_visit_id_starts_at')
        batch_op.drop_index('ix_sessions_starts_at_ends_at')
        batch_op.drop_index('ix_sessions_site_id_starts_at')

    op.drop_table('sessions')
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_index('ix_participants_visit_id_ordinal')

    op.drop_table('participants')
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visits_status'))
        batch_op.drop_index('ix_visits_starts_on_ends_on')
        batch_op.drop_index(batch_op.f('ix_visits_institution_id'))

    op.drop_table('visits')
    with op.batch_alter_table('travel_times', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_travel_times_to_site_id'))

    op.drop_table('travel_times')
    with op.batch_alter_table('site_opening_hours', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_site_opening_hours_site_id'))

    op.drop_table('site_opening_hours')
    with op.batch_alter_table('presenter_unavailability', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_presenter_unavailability_presenter_id'))

    op.drop_table('presenter_unavailability')
    with op.batch_alter_table('presenter_topics', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_presenter_topics_topic_id'))

    op.drop_table('presenter_topics')
    op.drop_table('topics')
    op.drop_table('sites')
    op.drop_table('settings')
    op.drop_table('presenters')
    op.drop_table('institutions')
    op.drop_table('host_settings')

"""Contains all the data models used in inputs/outputs"""

from .boolean_string import BooleanString
from .category import Category
from .category_list import CategoryList
from .category_request import CategoryRequest
from .category_request_category import CategoryRequestCategory
from .category_response import CategoryResponse
from .comment import Comment
from .comment_list import CommentList
from .create_group_from_groups_request import CreateGroupFromGroupsRequest
from .create_user_request import CreateUserRequest
from .device import Device
from .device_list import DeviceList
from .device_response import DeviceResponse
from .error import Error
from .error_error import ErrorError
from .group import Group
from .group_details import GroupDetails
from .group_details_response import GroupDetailsResponse
from .group_from_groups import GroupFromGroups
from .group_input import GroupInput
from .group_list import GroupList
from .group_member import GroupMember
from .group_member_list import GroupMemberList
from .group_member_roles import GroupMemberRoles
from .group_request import GroupRequest
from .group_response import GroupResponse
from .group_users_added import GroupUsersAdded
from .group_users_removed import GroupUsersRemoved
from .group_users_request import GroupUsersRequest
from .group_users_request_group import GroupUsersRequestGroup
from .list_comments_sort_by import ListCommentsSortBy
from .list_comments_sort_order import ListCommentsSortOrder
from .mobile_application_update import MobileApplicationUpdate
from .mobile_application_update_list import MobileApplicationUpdateList
from .mobile_application_update_patch import MobileApplicationUpdatePatch
from .mobile_application_update_response import MobileApplicationUpdateResponse
from .platform_filter import PlatformFilter
from .update_user_request import UpdateUserRequest
from .upload_accepted import UploadAccepted
from .upload_mobile_application_update import UploadMobileApplicationUpdate
from .upload_mobile_application_update_request import (
    UploadMobileApplicationUpdateRequest,
)
from .user import User
from .user_create import UserCreate
from .user_list import UserList
from .user_response import UserResponse
from .user_search_result import UserSearchResult
from .user_summary import UserSummary
from .user_update import UserUpdate

__all__ = (
    "BooleanString",
    "Category",
    "CategoryList",
    "CategoryRequest",
    "CategoryRequestCategory",
    "CategoryResponse",
    "Comment",
    "CommentList",
    "CreateGroupFromGroupsRequest",
    "CreateUserRequest",
    "Device",
    "DeviceList",
    "DeviceResponse",
    "Error",
    "ErrorError",
    "Group",
    "GroupDetails",
    "GroupDetailsResponse",
    "GroupFromGroups",
    "GroupInput",
    "GroupList",
    "GroupMember",
    "GroupMemberList",
    "GroupMemberRoles",
    "GroupRequest",
    "GroupResponse",
    "GroupUsersAdded",
    "GroupUsersRemoved",
    "GroupUsersRequest",
    "GroupUsersRequestGroup",
    "ListCommentsSortBy",
    "ListCommentsSortOrder",
    "MobileApplicationUpdate",
    "MobileApplicationUpdateList",
    "MobileApplicationUpdatePatch",
    "MobileApplicationUpdateResponse",
    "PlatformFilter",
    "UpdateUserRequest",
    "UploadAccepted",
    "UploadMobileApplicationUpdate",
    "UploadMobileApplicationUpdateRequest",
    "User",
    "UserCreate",
    "UserList",
    "UserResponse",
    "UserSearchResult",
    "UserSummary",
    "UserUpdate",
)

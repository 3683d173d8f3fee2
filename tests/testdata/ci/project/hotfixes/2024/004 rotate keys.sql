ALTER CONNECTION bastion ROTATE KEYS;
-- sqlconn-ignore SC4050: the bastion is updated by the rotation job
ALTER CONNECTION bastion ROTATE KEYS;;
